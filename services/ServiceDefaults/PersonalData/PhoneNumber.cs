using System.Text.RegularExpressions;

namespace DigitalCity.ServiceDefaults.PersonalData;

/// <summary>
/// A contact number: a mainland mobile (11 digits from 13…19) or a landline with its area code
/// (0391-3561234, the hyphen optional). Used for premises' business numbers (inspection) and contest
/// entrants' mobiles (publicity); readers without the right see it masked.
/// </summary>
public static partial class PhoneNumber
{
    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^1[3-9]\d{9}$", RegexOptions.CultureInvariant)]
    private static partial Regex MobilePattern();

    /// <summary>The number without the spaces people type into registers, or null when it is not a number of either form.</summary>
    public static string? Normalize(string value)
    {
        var compact = value.Replace(" ", "", StringComparison.Ordinal).Trim();
        return Pattern().IsMatch(compact) ? compact : null;
    }

    /// <summary>
    /// The 11 digits of a mainland mobile without spaces, or null for anything else (landlines included):
    /// one canonical form per number, so its keyed hash finds it however it was typed.
    /// </summary>
    public static string? NormalizeMobile(string value)
    {
        var compact = Normalize(value);
        return compact is not null && MobilePattern().IsMatch(compact) ? compact : null;
    }

    /// <summary>The first three and last four characters with <c>****</c> between: 173****5029.</summary>
    public static string Mask(string phone) =>
        phone.Length <= 7 ? "****" : $"{phone[..3]}****{phone[^4..]}";
}
