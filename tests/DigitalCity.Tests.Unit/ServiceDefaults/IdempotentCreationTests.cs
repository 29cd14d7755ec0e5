using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Tests.Unit.ServiceDefaults;

public class IdempotentCreationTests
{
    static readonly IdempotencyStamp Stamp = new("officer-1:key-1", "fingerprint");

    readonly Dictionary<string, string> _store = [];

    IdempotentCreation<string> For(IdempotencyStamp? stamp) =>
        new(stamp, (key, _) => Task.FromResult(_store.GetValueOrDefault(key)));

    [Fact]
    public async Task A_key_used_before_answers_what_it_created_and_a_new_or_absent_key_answers_nothing()
    {
        _store[Stamp.ScopedKey] = "case-1";

        Assert.Equal("replay of case-1", await For(Stamp).EarlierAsync((earlier, _) => $"replay of {earlier}", default));
        Assert.Null(await For(new IdempotencyStamp("officer-1:key-2", "fingerprint")).EarlierAsync((earlier, _) => earlier, default));
        Assert.Null(await For(null).EarlierAsync((earlier, _) => earlier, default));
    }

    [Fact]
    public async Task A_save_that_loses_the_race_to_the_same_key_answers_the_winner()
    {
        var answer = await For(Stamp).SaveAsync(() =>
        {
            _store[Stamp.ScopedKey] = "case-won"; // the concurrent request saved first
            throw new DuplicateKeyException("idempotency key taken");
        }, (winner, _) => $"replay of {winner}", default);

        Assert.Equal("replay of case-won", answer);
    }

    [Fact]
    public async Task Another_unique_key_refusing_the_save_is_the_other_answer_or_thrown()
    {
        static Task<string> Refused() => throw new DuplicateKeyException("credit code taken");

        Assert.Equal("409", await For(Stamp).SaveAsync(Refused, (winner, _) => winner, default, otherDuplicate: () => Task.FromResult("409")));
        await Assert.ThrowsAsync<DuplicateKeyException>(() => For(Stamp).SaveAsync(Refused, (winner, _) => winner, default));
        await Assert.ThrowsAsync<DuplicateKeyException>(() => For(null).SaveAsync(Refused, (winner, _) => winner, default));
    }

    [Fact]
    public async Task A_save_that_succeeds_is_answered_as_it_is()
    {
        Assert.Equal("created", await For(Stamp).SaveAsync(() => Task.FromResult("created"), (winner, _) => winner, default));
    }
}
