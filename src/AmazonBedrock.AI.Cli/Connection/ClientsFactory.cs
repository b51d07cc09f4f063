namespace AmazonBedrock.AI.Cli.Connection;

/// <summary>Creates the clients for a connection plan; tests replace it to point the runner at a canned or scripted service.</summary>
internal delegate Task<IBedrockClients> ClientsFactory(ConnectionPlan plan, CancellationToken cancellationToken);
