using Intel.AnalystConsole;

ConsoleApp.Build(args).Run();
