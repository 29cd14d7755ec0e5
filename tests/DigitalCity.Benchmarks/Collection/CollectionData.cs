using System.Globalization;
using System.Text;
using DigitalCity.Contracts;
using DigitalCity.Sanitation.Collection;
using DigitalCity.Sanitation.Facilities;
using DigitalCity.Sanitation.Facilities.Storage;

namespace DigitalCity.Benchmarks.Collection;

/// <summary>
/// The benchmark's city: collection points spread over Jiaozuo's districts, vehicles, one waste-to-energy plant,
/// and loads drawn from a fixed seed over the 30 city days before the run — each with a ticket of its own, so
/// every record is new and the tonnage the benchmark expects is known exactly.
/// </summary>
sealed class CollectionData(int points)
{
    public const int Days = 30;
    public const int Vehicles = 200;
    public const int VehicleMaxLoadKg = 8_000;
    public const string Plant = "DS-WTE";

    public static IReadOnlyList<string> Districts { get; } = ["410802", "410803", "410804", "410811", "410821", "410822", "410823", "410825", "410882", "410883"];

    static readonly TimeSpan China = TimeSpan.FromHours(8);
    static readonly WasteType[] Types = Enum.GetValues<WasteType>();

    readonly Random _random = new(2_026);

    public DateOnly FirstDay { get; } = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-Days);

    public DateOnly LastDay => FirstDay.AddDays(Days - 1);

    /// <summary>The kilograms of every load drawn so far, for the check against the report.</summary>
    public long DrawnKg { get; private set; }

    public long Drawn { get; private set; }

    static string Point(int i) => $"CP-{i:D5}";

    static string Vehicle(int i) => $"V-{i:D4}";

    public async Task RegisterAsync(IFacilityStore store, CancellationToken cancellationToken)
    {
        var at = new GeoPoint(113.24, 35.21);
        for (var i = 0; i < points; i++)
        {
            await store.SaveAsync(Facility.Register(Point(i), new FacilityDetails(FacilityKind.CollectionPoint, $"收集点 {i}", Districts[i % Districts.Count], at, null, BinType: "660L"),
                "benchmark", TimeProvider.System), cancellationToken);
        }

        for (var i = 0; i < Vehicles; i++)
        {
            await store.SaveAsync(Facility.Register(Vehicle(i), new FacilityDetails(FacilityKind.Vehicle, "压缩式垃圾车", Districts[i % Districts.Count], null, null, $"豫H·{i:D5}", VehicleMaxLoadKg),
                "benchmark", TimeProvider.System), cancellationToken);
        }

        await store.SaveAsync(Facility.Register(Plant, new FacilityDetails(FacilityKind.DisposalSite, "焦作市生活垃圾焚烧发电厂", "410804", at, null, DisposalMethod: "焚烧发电"),
            "benchmark", TimeProvider.System), cancellationToken);
    }

    /// <summary>The next <paramref name="count"/> loads as entries, tickets <c>{run}/{n}</c>.</summary>
    public IReadOnlyList<CollectionEntry> Draw(int count, string run)
    {
        var entries = new List<CollectionEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var point = _random.Next(points);
            var kg = _random.Next(100, VehicleMaxLoadKg + 1);
            var at = new DateTimeOffset(FirstDay.AddDays(_random.Next(Days)).ToDateTime(new TimeOnly(5 + _random.Next(14), _random.Next(60))), China);
            entries.Add(new CollectionEntry($"{run}/{Drawn}", Types[_random.Next(Types.Length)], kg, Point(point), Vehicle(_random.Next(Vehicles)), Plant,
                ["crew-a", "crew-b"], at));
            Drawn++;
            DrawnKg += kg;
        }

        return entries;
    }

    /// <summary>Entries as the CSV a weighbridge export would be.</summary>
    public static string Csv(IReadOnlyList<CollectionEntry> entries)
    {
        var csv = new StringBuilder("ticket,wasteType,weightKg,siteCode,vehicleCode,destinationCode,crew,collectedAt\n", entries.Count * 110);
        foreach (var e in entries)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{e.Ticket},{e.WasteType},{e.WeightKg},{e.SiteCode},{e.VehicleCode},{e.DestinationCode},{string.Join(';', e.Crew!)},{e.CollectedAt:yyyy-MM-ddTHH:mm:sszzz}\n");
        }

        return csv.ToString();
    }
}
