using System.Net.Http.Json;
using System.Text.Json;
using DigitalCity.ServiceDefaults.Security;
using RabbitMQ.Client;

namespace DigitalCity.Tests.Integration;

/// <summary>A weighbridge (地磅) sending its tickets over the broker, and the collection records sanitation makes of them.</summary>
public static class Weighbridge
{
    public const string Exchange = "digitalcity.sanitation.weighbridge-ticket-recorded";

    public const string Queue = "sanitation-weighbridge-ticket-recorded";

    public const string MessageType = "urn:message:DigitalCity.Contracts.Sanitation.Collection:WeighbridgeTicketRecorded";

    public const string Code = "WB-INTEGRATION";

    /// <summary>Publishes a kitchen-waste ticket <c>{Code}/{ticketNumber}</c> weighed at <paramref name="site"/> a few minutes ago; returns its MessageId.</summary>
    public static Task<Guid> PublishTicketAsync(this IChannel channel, string site, string ticketNumber) =>
        channel.PublishAsync(Exchange, MessageType, eventId => new
        {
            eventId,
            occurredAt = DateTimeOffset.UtcNow,
            weighbridgeCode = Code,
            ticketNumber,
            wasteType = "厨余垃圾",
            weightKg = 2100,
            siteCode = site,
            vehicleCode = (string?)null,
            destinationCode = (string?)null,
            weighedAt = DateTimeOffset.UtcNow.AddMinutes(-5),
        });

    /// <summary>A sanitation supervisor registers the transfer station <paramref name="code"/>, where loads are weighed.</summary>
    public static async Task RegisterSiteAsync(this DistributedSystem system, string code)
    {
        var supervisor = system.ClientFor("supervisor-weighbridge", Roles.SanitationSupervisor);
        await (await supervisor.PostAsJsonAsync("/api/sanitation/facilities", new
        {
            code,
            kind = "TransferStation",
            name = "民主路垃圾转运站",
            districtCode = "410811",
            location = new { longitude = 113.2418, latitude = 35.2159 },
        })).JsonAsync();
    }

    /// <summary>The tickets of the collection records at <paramref name="site"/> around today, as sanitation lists them.</summary>
    public static async Task<IReadOnlyList<string>> TicketsAtAsync(this DistributedSystem system, string site)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var supervisor = system.ClientFor("supervisor-weighbridge", Roles.SanitationSupervisor);
        var page = await (await supervisor.GetAsync(
            $"/api/sanitation/collections?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}&site={site}&pageSize=100")).JsonAsync();
        return [.. page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("ticket").GetString()!)];
    }

    public static string Ticket(string ticketNumber) => $"{Code}/{ticketNumber}";

    /// <summary>A new facility code, so tests never meet each other's sites.</summary>
    public static string NewSite() => $"TS-{Guid.NewGuid():N}";

    /// <summary>A new ticket number: a ticket is recorded once, whichever site it names.</summary>
    public static string NewTicketNumber() => $"{Guid.NewGuid():N}"[..12];
}
