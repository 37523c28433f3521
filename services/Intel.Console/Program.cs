using Intel.Console;

ConsoleApp.Build(args).Run();
