namespace DigitalCity.ServiceDefaults.Storage;

/// <summary>Which adapter a process stores its data with. Configuration section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    public SqliteStorageOptions Sqlite { get; set; } = new();

    public MongoStorageOptions MongoDb { get; set; } = new();
}

public enum StorageProvider
{
    /// <summary>Embedded: one SQLite file per service under a data directory.</summary>
    Sqlite,

    /// <summary>Distributed: one MongoDB database per service.</summary>
    MongoDb,
}

public sealed class SqliteStorageOptions
{
    /// <summary>Folder holding <c>{service}.db</c>; relative paths are resolved from the working directory.</summary>
    public string DataDirectory { get; set; } = "data";
}

public sealed class MongoStorageOptions
{
    /// <summary>Required when <c>Storage:Provider</c> is <c>MongoDb</c>; it may hold credentials, so it is never logged.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Each service uses the database <c>{prefix}-{service}</c>.</summary>
    public string DatabasePrefix { get; set; } = "digitalcity";
}
