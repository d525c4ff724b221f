return FactGen.Cli.Cli.Run(args, System.Console.Out, System.Console.Error, isTerminal: !System.Console.IsOutputRedirected);
