using DigitalCity.Publicity.Contests.Entrants;
using DigitalCity.Publicity.Contests.Entries.Storage;
using DigitalCity.Publicity.Contests.Likes;
using DigitalCity.Publicity.Contests.Results;
using DigitalCity.Tests.Services.Storage;

namespace DigitalCity.Tests.Services.Publicity.Storage;

public sealed class SqliteContestStoreTests : ContestStoreContract, IDisposable
{
    readonly SqliteTestDatabase _sqlite = new("publicity");

    public SqliteContestStoreTests()
    {
        Entrants = new SqliteEntrantStore(_sqlite.Database);
        Entries = new SqliteEntryStore(_sqlite.Database);
        Likes = new SqliteLikeStore(_sqlite.Database);
        Results = new SqliteResultStore(_sqlite.Database);
    }

    protected override IEntrantStore Entrants { get; }

    protected override IEntryStore Entries { get; }

    protected override ILikeStore Likes { get; }

    protected override IResultStore Results { get; }

    public void Dispose() => _sqlite.Dispose();
}

public sealed class MongoContestStoreTests : ContestStoreContract, IDisposable
{
    readonly MongoTestDatabase _mongo = new();

    public MongoContestStoreTests()
    {
        Entrants = new MongoEntrantStore(_mongo.Database);
        Entries = new MongoEntryStore(_mongo.Database);
        Likes = new MongoLikeStore(_mongo.Database);
        Results = new MongoResultStore(_mongo.Database);
    }

    protected override IEntrantStore Entrants { get; }

    protected override IEntryStore Entries { get; }

    protected override ILikeStore Likes { get; }

    protected override IResultStore Results { get; }

    public void Dispose() => _mongo.Dispose();
}
