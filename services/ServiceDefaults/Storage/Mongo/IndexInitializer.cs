namespace DigitalCity.ServiceDefaults.Storage.Mongo;

/// <summary>
/// Runs index creation before the first operation that needs it and remembers success only, so a
/// process that started while MongoDB was unreachable creates its indexes once the server is back.
/// </summary>
public sealed class IndexInitializer(Func<Task> createIndexes)
{
    readonly Lock _gate = new();
    Task? _run;

    public Task EnsureAsync()
    {
        lock (_gate)
        {
            if (_run is null || _run.IsFaulted || _run.IsCanceled)
            {
                _run = createIndexes();
            }

            return _run;
        }
    }
}
