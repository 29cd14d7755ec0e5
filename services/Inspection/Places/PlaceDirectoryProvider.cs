namespace DigitalCity.Inspection.Places;

/// <summary>
/// The live place directory: the seed with every stored grid import laid over it in order. Built from the
/// store on first use, swapped whole (one reference write) after an import here, and reloaded when the
/// store holds an import this replica has not seen (<see cref="PlaceDirectoryReloader"/>). Readers take
/// one snapshot per request, so a report is placed against one consistent directory.
/// </summary>
public sealed class PlaceDirectoryProvider(PlaceDirectory seed, IGridImportStore store) : IDisposable
{
    readonly SemaphoreSlim _loading = new(1, 1);
    readonly Lock _swap = new();
    volatile Snapshot? _current;

    /// <summary>A directory and the number of the last import in it (0: the seed alone).</summary>
    public sealed record Snapshot(PlaceDirectory Directory, long ImportNumber);

    /// <summary>The current directory, loading it from the store the first time.</summary>
    public async Task<PlaceDirectory> GetAsync(CancellationToken cancellationToken) =>
        (await GetSnapshotAsync(cancellationToken)).Directory;

    public async Task<Snapshot> GetSnapshotAsync(CancellationToken cancellationToken) =>
        _current ?? await LoadAsync(force: false, cancellationToken);

    /// <summary>Rebuilds the directory when the store holds a newer import; returns whether it did.</summary>
    public async Task<bool> ReloadIfChangedAsync(CancellationToken cancellationToken)
    {
        var latest = await store.LatestNumberAsync(cancellationToken);
        if (_current is { } current && current.ImportNumber >= latest)
        {
            return false;
        }

        await LoadAsync(force: true, cancellationToken);
        return true;
    }

    /// <summary>Makes the directory of an import just saved here current, unless a newer one already is.</summary>
    public void Publish(PlaceDirectory directory, long importNumber) => Swap(new Snapshot(directory, importNumber));

    async Task<Snapshot> LoadAsync(bool force, CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (!force && _current is { } loaded)
            {
                return loaded;
            }

            var imports = await store.LoadAllAsync(cancellationToken);
            var directory = seed.With(
                imports.SelectMany(i => i.Streets),
                imports.SelectMany(i => i.Communities),
                imports.SelectMany(i => i.Grids).Select(g => g.ToUnitGrid()));
            return Swap(new Snapshot(directory, imports.Count == 0 ? 0 : imports[^1].Number));
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();

    Snapshot Swap(Snapshot candidate)
    {
        lock (_swap)
        {
            if (_current is null || candidate.ImportNumber > _current.ImportNumber)
            {
                _current = candidate;
            }

            return _current;
        }
    }
}
