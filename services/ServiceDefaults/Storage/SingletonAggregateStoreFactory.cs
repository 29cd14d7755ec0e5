using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.ServiceDefaults.Storage;

/// <summary>Creates a <see cref="SingletonAggregateStore{T}"/> over the service's SQLite file or MongoDB database.</summary>
public static class SingletonAggregateStore
{
    /// <summary>One row of <paramref name="table"/> in the service's SQLite file.</summary>
    public static SingletonAggregateStore<T> Sqlite<T>(SqliteDatabase database, string table, Guid id, Func<T> seed)
        where T : AggregateRoot
    {
        var rows = new SqliteAggregateTable<T>(database, table);
        rows.EnsureCreated();
        return new SingletonAggregateStore<T>(rows.FindAsync, rows.SaveAsync, id, seed);
    }

    /// <summary>One document of <paramref name="collection"/>, its events in its outbox array.</summary>
    public static SingletonAggregateStore<T> Mongo<T>(MongoServiceDatabase database, string collection, Guid id, Func<T> seed)
        where T : AggregateRoot
    {
        var documents = new MongoAggregateCollection<T>(database, collection);
        return new SingletonAggregateStore<T>(documents.FindAsync, documents.SaveAsync, id, seed);
    }
}
