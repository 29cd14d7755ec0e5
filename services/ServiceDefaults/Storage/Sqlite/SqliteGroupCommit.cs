using System.Data;
using System.Threading.Channels;
using DigitalCity.ServiceDefaults.Domain;
using Microsoft.Data.Sqlite;

namespace DigitalCity.ServiceDefaults.Storage.Sqlite;

/// <summary>
/// The one writer of a <see cref="SqliteDatabase"/> in this process, committing in groups. Write operations
/// queue here; the writer takes every operation waiting at that moment (up to <see cref="MaxBatch"/>) into
/// one immediate transaction, runs each inside its own SAVEPOINT, and commits once. An operation that throws
/// is rolled back to its savepoint, so its rows are gone and its exception reaches only its caller; the
/// others stay in the transaction. Callers learn their outcome only after the commit, so nobody acts on a
/// write that could still be lost, and if the commit fails every operation of the group fails with it.
/// </summary>
/// <remarks>
/// Why: SQLite admits one writer at a time, and under concurrent intake each request's write paid its own
/// connection, BEGIN, COMMIT and WAL append while the others queued behind it (see docs/benchmarks.md,
/// "Report intake"). Grouping pays that once per batch, so throughput grows with the writers waiting instead
/// of being capped by one transaction's round trip. An operation runs in its caller's execution context
/// (trace, logging scope), on the writer's turn; it must not wait for another write of the same database.
/// </remarks>
sealed class SqliteGroupCommit : IDisposable
{
    /// <summary>Operations per transaction at most, so one commit's WAL append and a failure's blast radius stay small.</summary>
    public const int MaxBatch = 128;

    const int ConstraintViolation = 19;
    const string Savepoint = "write_operation";

    readonly Func<CancellationToken, Task<SqliteConnection>> _open;
    readonly Action _afterCommitWithEvents;
    readonly Channel<Operation> _queue = Channel.CreateUnbounded<Operation>(new UnboundedChannelOptions { SingleReader = true });
    readonly Task _writer;

    /// <summary>Open from the first write until disposal, so its statements stay prepared; reopened after a failed commit.</summary>
    SqliteConnection? _connection;

    public SqliteGroupCommit(Func<CancellationToken, Task<SqliteConnection>> open, Action afterCommitWithEvents)
    {
        _open = open;
        _afterCommitWithEvents = afterCommitWithEvents;
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <summary>Queues <paramref name="work"/> for the writer and completes after the transaction that held it committed.</summary>
    /// <param name="raisesEvents">Whether the work appends outbox rows, so the dispatcher is woken after the commit.</param>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, bool raisesEvents, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var operation = new Operation<T>(work, raisesEvents, cancellationToken);
        if (!_queue.Writer.TryWrite(operation))
        {
            operation.Dispose();
            throw new ObjectDisposedException(nameof(SqliteDatabase));
        }

        return operation.Task;
    }

    /// <summary>Stops taking operations and waits for the ones already queued to be written.</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _writer.GetAwaiter().GetResult();
    }

    async Task WriteLoopAsync()
    {
        var batch = new List<Operation>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var operation))
            {
                if (operation.TryStart())
                {
                    batch.Add(operation);
                }
            }

            if (batch.Count > 0)
            {
                await CommitAsync(batch);
                batch.Clear();
            }
        }

        await CloseAsync();
    }

    async Task CloseAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync();
        }
    }

    /// <summary>One transaction for the batch. Never throws: every operation ends completed or failed.</summary>
    async Task CommitAsync(List<Operation> batch)
    {
        var written = new List<Operation>(batch.Count);
        var refused = new List<(Operation Operation, Exception Error)>();
        try
        {
            // The callers' tokens reach their own work only: one caller giving up must not abort the others.
            var connection = _connection ??= await _open(CancellationToken.None);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(IsolationLevel.Serializable);
            foreach (var operation in batch)
            {
                transaction.Save(Savepoint);
                try
                {
                    await operation.RunAsync(connection, transaction);
                    transaction.Release(Savepoint);
                    written.Add(operation);
                }
                catch (Exception ex)
                {
                    // Undoes this operation's statements only. Should SQLite have rolled back the whole
                    // transaction instead (a full disk, an I/O error), this throws and fails the batch below.
                    transaction.Rollback(Savepoint);
                    transaction.Release(Savepoint);
                    refused.Add((operation, Translate(ex)));
                }
            }

            await transaction.CommitAsync();
        }
        catch (Exception ex)
        {
            var failure = Translate(ex);
            foreach (var (operation, error) in refused)
            {
                operation.Fail(error);
            }

            foreach (var operation in batch)
            {
                operation.Fail(failure);
            }

            // A fresh connection for the next batch, whatever state this one was left in.
            await CloseAsync();
            return;
        }

        if (written.Exists(o => o.RaisesEvents))
        {
            _afterCommitWithEvents();
        }

        foreach (var operation in written)
        {
            operation.Complete();
        }

        // Refusals are reported after the commit: a caller told its unique key is taken (an Idempotency-Key
        // retried concurrently) finds the row that took it when it reads.
        foreach (var (operation, error) in refused)
        {
            operation.Fail(error);
        }
    }

    static Exception Translate(Exception ex) =>
        ex is SqliteException { SqliteErrorCode: ConstraintViolation } violation
            ? new DuplicateKeyException(violation.Message, violation)
            : ex;

    abstract class Operation(bool raisesEvents, CancellationToken cancellationToken) : IDisposable
    {
        const int Queued = 0, Started = 1, Canceled = 2;

        readonly ExecutionContext? _context = ExecutionContext.Capture();
        CancellationTokenRegistration _cancellation;
        int _state;

        public bool RaisesEvents => raisesEvents;

        protected CancellationToken CancellationToken => cancellationToken;

        /// <summary>Lets a caller that gives up while queued leave at once; once started, only its own work sees the token.</summary>
        protected void ListenForCancellation() =>
            _cancellation = cancellationToken.Register(static state =>
            {
                var operation = (Operation)state!;
                if (Interlocked.CompareExchange(ref operation._state, Canceled, Queued) == Queued)
                {
                    operation.Cancel();
                }
            }, this);

        /// <summary>False when the caller cancelled while the operation was queued.</summary>
        public bool TryStart() => Interlocked.CompareExchange(ref _state, Started, Queued) == Queued;

        /// <summary>Runs the work in its caller's execution context, inside the writer's transaction.</summary>
        public Task RunAsync(SqliteConnection connection, SqliteTransaction transaction)
        {
            if (_context is null)
            {
                return RunCoreAsync(connection, transaction);
            }

            Task? running = null;
            ExecutionContext.Run(_context, _ => running = RunCoreAsync(connection, transaction), null);
            return running!;
        }

        public abstract void Complete();

        public abstract void Fail(Exception ex);

        public void Dispose() => _cancellation.Dispose();

        protected abstract Task RunCoreAsync(SqliteConnection connection, SqliteTransaction transaction);

        protected abstract void Cancel();
    }

    sealed class Operation<T> : Operation
    {
        readonly Func<SqliteConnection, SqliteTransaction, Task<T>> _work;
        readonly TaskCompletionSource<T> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
        T _result = default!;

        public Operation(Func<SqliteConnection, SqliteTransaction, Task<T>> work, bool raisesEvents, CancellationToken cancellationToken)
            : base(raisesEvents, cancellationToken)
        {
            _work = work;
            ListenForCancellation();
        }

        public Task<T> Task => _outcome.Task;

        public override void Complete()
        {
            Dispose();
            _outcome.TrySetResult(_result);
        }

        public override void Fail(Exception ex)
        {
            Dispose();
            _outcome.TrySetException(ex);
        }

        protected override async Task RunCoreAsync(SqliteConnection connection, SqliteTransaction transaction) =>
            _result = await _work(connection, transaction);

        protected override void Cancel() => _outcome.TrySetCanceled(CancellationToken);
    }
}
