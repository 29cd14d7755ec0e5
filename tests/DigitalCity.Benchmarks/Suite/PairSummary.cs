namespace DigitalCity.Benchmarks.Suite;

/// <summary>One pair's outcome, as a row of the suite's table: the baseline's and the measured path's medians, and their ratios.</summary>
/// <param name="Setup">How much each run did (events, seconds, runs), so the row can be read without the command.</param>
sealed record PairSummary(string Pair, string Baseline, string Measured, string Ratios, string Setup)
{
    /// <summary>A pair that could not be measured, and why.</summary>
    /// <summary>The medians and ratios below the pair's runs.</summary>
    public void Print()
    {
        SuiteConsole.Line($"Medians: {Baseline}; {Measured}");
        SuiteConsole.Line($"Ratios: {Ratios}");
        Console.WriteLine();
    }

    public static PairSummary NotMeasured(string pair, string why) => new(pair, "—", "—", $"not measured: {why}", "—");
}
