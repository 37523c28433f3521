using Intel.EntityResolution;

EntityResolutionApp.Build(args).Run();
