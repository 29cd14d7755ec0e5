using System.Net.Http.Json;
using System.Text.Json;

namespace DigitalCity.Tests.Faults.Oracle;

/// <summary>Reads every page of a paged list (<c>items</c>, <c>total</c>) from its first page to its last.</summary>
public static class PagedReader
{
    const int PageSize = 100;

    public static async Task<List<JsonElement>> ReadAllAsync(HttpClient client, string pathAndQuery, CancellationToken cancellationToken)
    {
        var all = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var separator = pathAndQuery.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            var body = await client.GetFromJsonAsync<JsonElement>($"{pathAndQuery}{separator}page={page}&pageSize={PageSize}", cancellationToken);
            var items = body.GetProperty("items").EnumerateArray().ToList();
            all.AddRange(items);
            if (items.Count < PageSize || all.Count >= body.GetProperty("total").GetInt32())
            {
                return all;
            }
        }
    }

    /// <summary>The <c>total</c> of a list without reading its items.</summary>
    public static async Task<int> TotalAsync(HttpClient client, string pathAndQuery, CancellationToken cancellationToken)
    {
        var separator = pathAndQuery.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var body = await client.GetFromJsonAsync<JsonElement>($"{pathAndQuery}{separator}pageSize=1", cancellationToken);
        return body.GetProperty("total").GetInt32();
    }
}
