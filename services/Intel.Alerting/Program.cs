using Intel.Alerting;

AlertingApp.Build(args).Run();
