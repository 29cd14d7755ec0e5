using System.Globalization;

namespace DigitalCity.Benchmarks.Suite;

/// <summary>The suite's output, numbers written the same on every machine.</summary>
static class SuiteConsole
{
    public static void Line(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));

    public static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
