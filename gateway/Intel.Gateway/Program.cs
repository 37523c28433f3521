using Intel.Gateway;

GatewayApp.Build(args).Run();
