namespace DigitalCity.Inspection.Premises;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters of digits and capitals without I, O, S, V and Z; the last
/// is a check character over the other seventeen, so a mistyped code is refused rather than filed as a
/// second premises.
/// </summary>
public static class SocialCreditCode
{
    const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    const int Length = 18;

    /// <summary>The code in capitals when it is well formed and its check character is right; otherwise null.</summary>
    public static string? Normalize(string value)
    {
        var code = value.Trim().ToUpperInvariant();
        if (code.Length != Length || code.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }

        return code[^1] == CheckCharacter(code.AsSpan(0, Length - 1)) ? code : null;
    }

    /// <summary>The check character of the first seventeen characters (weights 3^i mod 31).</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        var weight = 1;
        foreach (var c in first17)
        {
            sum += Alphabet.IndexOf(c, StringComparison.Ordinal) * weight;
            weight = weight * 3 % 31;
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }
}
