using DigitalCity.Sanitation.Maintenance.Storage;

namespace DigitalCity.Tests.Services.Storage;

public sealed class SqliteMaintenanceOrderStoreTests : MaintenanceOrderStoreContract, IDisposable
{
    readonly SqliteTestDatabase _sqlite = new("sanitation");

    public SqliteMaintenanceOrderStoreTests() => Store = new SqliteMaintenanceOrderStore(_sqlite.Database);

    protected override IMaintenanceOrderStore Store { get; }

    public void Dispose() => _sqlite.Dispose();
}

public sealed class MongoMaintenanceOrderStoreTests : MaintenanceOrderStoreContract, IDisposable
{
    readonly MongoTestDatabase _mongo = new();

    public MongoMaintenanceOrderStoreTests() => Store = new MongoMaintenanceOrderStore(_mongo.Database);

    protected override IMaintenanceOrderStore Store { get; }

    public void Dispose() => _mongo.Dispose();
}
