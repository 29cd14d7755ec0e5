using DigitalCity.ServiceDefaults.Storage;

namespace DigitalCity.Inspection.Categories;

/// <summary>
/// The category book in the service's database, with the catalog built from it kept in memory: report
/// intake reads categories on every report, and they change rarely. An edit made here is visible at
/// once; one made through another replica after at most <see cref="CategoryOptions.RefreshInterval"/>.
/// </summary>
public sealed class CategoryBookStore(SingletonAggregateStore<CategoryBook> store, CategoryOptions options, TimeProvider time)
{
    sealed record Snapshot(CategoryCatalog Catalog, DateTimeOffset LoadedAt);

    Snapshot? _current;

    /// <summary>The catalog of every category version, from memory while fresh.</summary>
    public async ValueTask<CategoryCatalog> CatalogAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && time.GetUtcNow() - current.LoadedAt < options.RefreshInterval)
        {
            return current.Catalog;
        }

        return Remember(await store.LoadAsync(cancellationToken));
    }

    public Task<CategoryBook> LoadAsync(CancellationToken cancellationToken) => store.LoadAsync(cancellationToken);

    /// <summary>Saves the book with its events; <see cref="ServiceDefaults.Domain.ConcurrencyConflictException"/> when someone else saved first.</summary>
    public async Task<CategoryCatalog> SaveAsync(CategoryBook book, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(book);
        await store.SaveAsync(book, cancellationToken);
        return Remember(book);
    }

    CategoryCatalog Remember(CategoryBook book)
    {
        var snapshot = new Snapshot(book.Catalog(), time.GetUtcNow());
        Volatile.Write(ref _current, snapshot);
        return snapshot.Catalog;
    }
}
