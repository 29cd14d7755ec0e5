using System.Reflection;
using MassTransit;

namespace DigitalCity.Tests.Services.Outbox;

/// <summary>
/// A bus whose publishes fail while the "broker" is down (or for chosen messages), and otherwise go
/// to a real in-memory bus: how the dispatcher sees a RabbitMQ outage.
/// </summary>
public class FlakyBus : DispatchProxy
{
    IBus _inner = null!;

    public Func<object, bool> Fails { get; set; } = _ => false;

    public int FailedAttempts { get; private set; }

    public static (IBus Bus, FlakyBus Control) Around(IBus inner)
    {
        var bus = Create<IBus, FlakyBus>();
        var control = (FlakyBus)(object)bus;
        control._inner = inner;
        return (bus, control);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod!.Name == nameof(IBus.Publish) && args is { Length: > 0 } && args[0] is { } message && Fails(message))
        {
            FailedAttempts++;
            return Task.FromException(new InvalidOperationException("Broker unreachable (simulated)."));
        }

        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
    }
}
