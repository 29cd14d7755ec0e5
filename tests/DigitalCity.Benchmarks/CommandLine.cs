namespace DigitalCity.Benchmarks;

/// <summary>
/// The <c>--name value</c> options every benchmark takes, read and refused the same way: each benchmark
/// names its options and their defaults, this walks the pairs.
/// </summary>
static class CommandLine
{
    /// <summary>
    /// Folds each <c>--name value</c> pair into <paramref name="defaults"/> with <paramref name="apply"/>,
    /// which returns null for an option it does not know.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown option, a missing value or a value <paramref name="apply"/> refused.</exception>
    public static T Parse<T>(IReadOnlyList<string> args, T defaults, Func<T, string, string, T?> apply)
        where T : class
    {
        var parsed = defaults;
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            parsed = apply(parsed, args[i], value) ?? throw new ArgumentException($"Unknown option {args[i]}.");
        }

        return parsed;
    }

    /// <summary>The parsed options, or null after printing what was wrong and the usage (the command then exits with 2).</summary>
    public static T? ParseOrExplain<T>(string[] args, Func<IReadOnlyList<string>, T> parse, string usage)
        where T : class
    {
        try
        {
            return parse(args);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(usage);
            return null;
        }
    }

    /// <exception cref="ArgumentException">Not a whole number of at least <paramref name="minimum"/>.</exception>
    public static int AtLeast(int minimum, string option, string value) =>
        int.TryParse(value, out var n) && n >= minimum ? n : throw new ArgumentException($"{option} must be a whole number of at least {minimum}, not '{value}'.");
}
