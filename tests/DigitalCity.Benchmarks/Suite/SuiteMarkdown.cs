using System.Text;

namespace DigitalCity.Benchmarks.Suite;

/// <summary>
/// The suite's figures as Markdown for docs/benchmarks.md: a table with a row per pair, each with the date, the machine
/// and the command, between two markers so the next run replaces them.
/// </summary>
static class SuiteMarkdown
{
    public const string Heading = "# Benchmark suite (#9)";

    public const string Begin = "<!-- benchmark-suite:begin (written by the suite's --write; replaced by each run) -->";

    public const string End = "<!-- benchmark-suite:end -->";

    /// <summary>The block between (and including) the markers.</summary>
    public static string Block(IReadOnlyList<PairSummary> pairs, DateTime date, string machine, string command, string loadBefore, string loadAfter)
    {
        var day = SuiteConsole.Text($"{date:yyyy-MM-dd HH:mm}");
        var text = new StringBuilder()
            .AppendLine(Begin)
            .AppendLine("## Latest suite figures")
            .AppendLine()
            .AppendLine(SuiteConsole.Text($"Measured {day} UTC with `{command}` on {machine}. Load average (1, 5, 15 min) before the run {loadBefore}, after it {loadAfter}."))
            .AppendLine()
            .AppendLine("| Pair | Baseline, median | Measured, median | Ratios (of the medians, same run) | Each run | Date (UTC) | Machine | Command |")
            .AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var pair in pairs)
        {
            text.AppendLine(Row(pair, day, machine, command));
        }

        return text.Append(End).ToString();
    }

    public static string Row(PairSummary pair, string date, string machine, string command) =>
        "| " + string.Join(" | ", new[] { pair.Pair, pair.Baseline, pair.Measured, pair.Ratios, pair.Setup, date, machine, $"`{command}`" }.Select(Cell)) + " |";

    /// <summary>
    /// <paramref name="document"/> with its block between the markers replaced by <paramref name="block"/>, or, without
    /// markers, with the block appended under <see cref="Heading"/>.
    /// </summary>
    public static string Replace(string document, string block)
    {
        var begin = document.IndexOf(Begin, StringComparison.Ordinal);
        var end = begin < 0 ? -1 : document.IndexOf(End, begin, StringComparison.Ordinal);
        if (begin >= 0 && end >= 0)
        {
            return string.Concat(document.AsSpan(0, begin), block, document.AsSpan(end + End.Length));
        }

        var separator = document.EndsWith('\n') ? "\n" : "\n\n";
        return $"{document}{separator}{Heading}\n\n{block}\n";
    }

    static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
