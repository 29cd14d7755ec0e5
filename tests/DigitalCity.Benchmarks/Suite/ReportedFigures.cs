using DigitalCity.Publicity.Figures;
using DigitalCity.Publicity.Storage;

namespace DigitalCity.Benchmarks.Suite;

/// <summary>
/// The consumer's effect, as anyone reading the publicity service's store would see it: the cases reported that
/// <see cref="DailyFiguresConsumer"/> has counted into the daily figures.
/// </summary>
sealed class ReportedFigures(IFigureStore store)
{
    /// <summary>Between two looks at the store; the most an end-to-end round can be timed too long by.</summary>
    static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);

    /// <summary>How long the consumer may go on after the last response before the round is declared lost.</summary>
    static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>Cases reported counted over the city days around today (the city's day may differ from UTC's).</summary>
    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var sums = await store.SumByMetricAsync(today.AddDays(-1), today.AddDays(1), null, cancellationToken);
        return sums.GetValueOrDefault(Metrics.CasesReported);
    }

    /// <summary>Returns once the figures count <paramref name="expected"/> cases reported.</summary>
    /// <exception cref="TimeoutException">They did not, within <see cref="Patience"/>.</exception>
    /// <exception cref="InvalidOperationException">They counted more: something other than this run reported cases.</exception>
    public async Task WaitForAsync(long expected, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var counted = await CountAsync(cancellationToken);
            if (counted == expected)
            {
                return;
            }

            if (counted > expected)
            {
                throw new InvalidOperationException($"The figures count {counted:N0} cases reported, more than the {expected:N0} this run reported.");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The figures counted {counted:N0} of {expected:N0} cases reported within {Patience}.");
            }

            await Task.Delay(Interval, cancellationToken);
        }
    }
}
