using System.Net;
using DigitalCity.Inspection.Host;
using DigitalCity.Publicity.Host;
using DigitalCity.Sanitation.Host;
using DigitalCity.Tests.Services.Support;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace DigitalCity.Tests.Services.Hosting;

/// <summary>
/// Each service's OpenAPI document, as the gateway's reference shows it, reads without errors or warnings and passes
/// the OpenAPI library's default validation rules, and every operation has a name and a summary.
/// </summary>
public sealed class OpenApiDocumentTests : IDisposable
{
    readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public Task The_inspection_document_lints_clean() => LintAsync(new ServiceFactory<InspectionHost>(_data.Path), "inspection");

    [Fact]
    public Task The_sanitation_document_lints_clean() => LintAsync(new ServiceFactory<SanitationHost>(_data.Path), "sanitation");

    [Fact]
    public Task The_publicity_document_lints_clean() => LintAsync(new ServiceFactory<PublicityHost>(_data.Path), "publicity");

    static async Task LintAsync<THost>(ServiceFactory<THost> factory, string service)
        where THost : class
    {
        using (factory)
        {
            using var response = await factory.CreateClient().GetAsync($"/api/{service}/openapi.json");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var json = await response.Content.ReadAsStringAsync();

            var read = OpenApiDocument.Parse(json, OpenApiConstants.Json, new OpenApiReaderSettings());
            Assert.Empty(read.Diagnostic?.Errors ?? []);
            Assert.Empty(read.Diagnostic?.Warnings ?? []);
            var document = read.Document!;
            Assert.Empty(document.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []);
            var operations = document.Paths.SelectMany(p => p.Value.Operations ?? []).Select(o => o.Value).ToList();
            Assert.True(operations.Count >= 10, $"only {operations.Count} operations");
            Assert.All(operations, o => Assert.False(string.IsNullOrWhiteSpace(o.OperationId), $"an operation without a name: {o.Summary}"));
            Assert.All(operations, o => Assert.False(string.IsNullOrWhiteSpace(o.Summary), $"{o.OperationId} has no summary"));
        }
    }
}
