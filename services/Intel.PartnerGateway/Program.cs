using Intel.PartnerGateway;

PartnerGatewayApp.Build(args).Run();
