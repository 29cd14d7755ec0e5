namespace DigitalCity.Tests.Faults;

/// <summary>
/// The suite's figures: in the test's output, and appended to the file <c>DIGITALCITY_FAULT_REPORT</c> names
/// (<c>.ci/run</c> prints it before its closing line).
/// </summary>
public static class FaultReport
{
    public const string Variable = "DIGITALCITY_FAULT_REPORT";

    public static void Write(string title, IEnumerable<string> lines)
    {
        var text = string.Join('\n', lines.Prepend($"{title}:").Select((l, i) => i == 0 ? l : $"  {l}"));
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        TestContext.Current.SendDiagnosticMessage(text);
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path)
        {
            File.AppendAllText(path, text + "\n");
        }
    }
}
