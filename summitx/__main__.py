from summitx.cli import main

main()
