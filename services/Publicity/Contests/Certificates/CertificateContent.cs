namespace DigitalCity.Publicity.Contests.Certificates;

/// <summary>
/// What one award certificate (获奖证书) says: its number, the contest, the winner and their entry, the prize
/// level (一等奖) with its money in whole yuan, the entry's place in the ranking, and who issued it on which day.
/// </summary>
public sealed record CertificateContent(
    string CertificateNumber,
    string ContestName,
    string AuthorName,
    string EntryTitle,
    string TierName,
    int PrizeYuan,
    int Rank,
    DateOnly IssuedOn,
    string Issuer);
