using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Sanitation.Maintenance.Storage;

/// <summary>Work orders in the service's SQLite file: table <c>maintenance_orders</c>, the fields lists filter on in columns.</summary>
public sealed class SqliteMaintenanceOrderStore : IMaintenanceOrderStore
{
    const string Table = "maintenance_orders";

    readonly SqliteAggregateTable<MaintenanceOrder> _table;

    public SqliteMaintenanceOrderStore(SqliteDatabase database)
    {
        _table = new SqliteAggregateTable<MaintenanceOrder>(database, Table,
            new SqliteColumn<MaintenanceOrder>("status", "TEXT", "$.status", o => o.Status.ToString()),
            new SqliteColumn<MaintenanceOrder>("facility", "TEXT", "$.facilityCode", o => o.FacilityCode),
            new SqliteColumn<MaintenanceOrder>("district", "TEXT", "$.districtCode", o => o.DistrictCode),
            new SqliteColumn<MaintenanceOrder>("assignee", "TEXT", "$.assigneeId", o => o.AssigneeId),
            new SqliteColumn<MaintenanceOrder>("due_at", "TEXT", "$.dueAt", o => DocumentJson.Instant(o.DueAt)),
            new SqliteColumn<MaintenanceOrder>("overdue", "INTEGER", "$.overdue", o => o.Overdue));
        _table.EnsureCreated($"""
            CREATE INDEX IF NOT EXISTS ix_{Table}_due ON {Table}(status, overdue, due_at);
            CREATE INDEX IF NOT EXISTS ix_{Table}_facility ON {Table}(facility, due_at);
            CREATE INDEX IF NOT EXISTS ix_{Table}_assignee ON {Table}(assignee, due_at);
            CREATE INDEX IF NOT EXISTS ix_{Table}_district ON {Table}(district, due_at);
            """);
    }

    public Task<MaintenanceOrder?> FindAsync(Guid id, CancellationToken cancellationToken) => _table.FindAsync(id, cancellationToken);

    public Task SaveAsync(MaintenanceOrder order, CancellationToken cancellationToken) => _table.SaveAsync(order, cancellationToken);

    public async Task<Page<MaintenanceOrder>> ListAsync(MaintenanceFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        const string where = """
            ($status IS NULL OR status = $status) AND ($facility IS NULL OR facility = $facility)
            AND ($district IS NULL OR district = $district) AND ($overdue IS NULL OR overdue = $overdue)
            AND ($assignee IS NULL OR assignee = $assignee)
            """;
        (string, object?)[] parameters =
        [
            ("$status", filter.Status?.ToString()), ("$facility", filter.FacilityCode), ("$district", filter.DistrictCode),
            ("$overdue", filter.Overdue), ("$assignee", filter.AssigneeId),
        ];
        var items = await _table.QueryAsync(where, "due_at, id", page.Size, page.Skip, cancellationToken, parameters);
        return new Page<MaintenanceOrder>(items, page.Number, page.Size, await _table.CountAsync(where, cancellationToken, parameters));
    }

    public Task<IReadOnlyList<MaintenanceOrder>> FindDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        _table.QueryAsync("status = 'Open' AND overdue = 0 AND due_at <= $now", "due_at, id", limit, 0, cancellationToken, ("$now", DocumentJson.Instant(now)));
}
