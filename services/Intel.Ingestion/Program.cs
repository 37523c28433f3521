using Intel.Ingestion;

IngestionApp.Build(args).Run();
