// centralasia: the CentralAsia.Domain command-line tool. `centralasia --help` lists the commands.
return await CentralAsia.Tool.Cli.RunAsync(args, CentralAsia.Tool.Terminal.FromConsole());
