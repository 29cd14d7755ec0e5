using Xunit;

namespace DigitalCity.Testing;

/// <summary>
/// Something a test needs is missing (a broker, a program, a font): the test skips on a developer's machine and
/// fails in CI (<c>CI=true</c>), so a broken CI setup can never pass silently.
/// </summary>
public static class CiRequirement
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <param name="inCi">What CI is told, when it should say more than the skip (e.g. which install step is missing).</param>
    public static void SkipOrFail(string reason, string? inCi = null)
    {
        if (InCi)
        {
            Assert.Fail(inCi ?? reason);
        }

        Assert.Skip(reason);
    }
}
