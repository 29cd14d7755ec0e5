using System.Text.Json;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Tests.Services.Http;

/// <summary>Domain failures become problem details with the status a client can act on.</summary>
public class ApiExceptionHandlerTests
{
    public static TheoryData<Exception, int> Failures => new()
    {
        { new ConcurrencyConflictException("Case", Guid.NewGuid(), 3), StatusCodes.Status409Conflict },
        { new InvalidTransitionException("complete the task", "Completed"), StatusCodes.Status409Conflict },
        { new AccessDeniedException("Another department's task."), StatusCodes.Status403Forbidden },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Domain_failures_are_answered_as_problem_details(Exception failure, int status)
    {
        var (handled, context) = await HandleAsync(failure);

        Assert.True(handled);
        Assert.Equal(status, context.Response.StatusCode);
        context.Response.Body.Position = 0;
        var problem = await JsonSerializer.DeserializeAsync<JsonElement>(context.Response.Body);
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Equal(failure.Message, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Unexpected_exceptions_are_left_to_the_generic_500_handler()
    {
        var (handled, _) = await HandleAsync(new InvalidOperationException("connection string with a password"));

        Assert.False(handled);
    }

    static async Task<(bool Handled, DefaultHttpContext Context)> HandleAsync(Exception failure)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        var handler = new ApiExceptionHandler(services.GetRequiredService<IProblemDetailsService>());

        var handled = await handler.TryHandleAsync(context, failure, default);
        return (handled, context);
    }
}
