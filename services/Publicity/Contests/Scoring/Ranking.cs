using System.Collections;

namespace DigitalCity.Publicity.Contests.Scoring;

/// <summary>
/// The approved entries in their order, each place made when first read: a leaderboard over 100,000 entries shows
/// twenty, and awards read eleven, so the rest are never built.
/// </summary>
public sealed class Ranking : IReadOnlyList<RankedEntry>
{
    readonly EntryTally[] _entries;
    readonly int[] _order;
    readonly decimal?[]? _blends;
    readonly Dictionary<int, RankedEntry> _made = [];
    readonly Lock _gate = new();

    internal Ranking(EntryTally[] entries, int[] order, decimal?[]? blends, ContestRules rules)
    {
        _entries = entries;
        _order = order;
        _blends = blends;
        Rules = rules;
    }

    public ContestRules Rules { get; }

    public int Count => _order.Length;

    /// <summary>The place at <paramref name="index"/> (0-based: place 1 is index 0).</summary>
    public RankedEntry this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            lock (_gate)
            {
                if (!_made.TryGetValue(index, out var place))
                {
                    var i = _order[index];
                    _made[index] = place = new RankedEntry(index + 1, _entries[i], EntryScore.Of(_entries[i], Rules), _blends?[i], this);
                }

                return place;
            }
        }
    }

    public IEnumerator<RankedEntry> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
