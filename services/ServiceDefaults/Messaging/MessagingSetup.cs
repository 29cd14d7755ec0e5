using System.Text.RegularExpressions;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.ServiceDefaults.Messaging;

/// <summary>One MassTransit bus per process, carrying the consumers of every module it hosts.</summary>
public static partial class MessagingSetup
{
    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration configuration, IReadOnlyList<IServiceModule> modules) =>
        services.AddMessaging(configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions(), modules);

    /// <param name="configureBus">Extra bus settings applied before the endpoints (benchmarks rename exchanges with it).</param>
    public static IServiceCollection AddMessaging(this IServiceCollection services, MessagingOptions options, IReadOnlyList<IServiceModule> modules, Action<IBusFactoryConfigurator>? configureBus = null)
    {
        if (options.Transport == MessageTransport.RabbitMq)
        {
            RequireRabbitMqSetting(options.RabbitMq.Host, "Host");
            RequireRabbitMqSetting(options.RabbitMq.Username, "Username");
            RequireRabbitMqSetting(options.RabbitMq.Password, "Password");
        }

        services.AddSingleton(options);

        services.AddMassTransit(bus =>
        {
            // MassTransit 8.4+ reports anonymous usage to its makers' server after start unless told not to. A city's
            // services send nothing to third parties, and on a closed network the attempt only logs a failure.
            bus.DisableUsageTelemetry();
            foreach (var module in modules)
            {
                module.AddConsumers(bus);
            }

            // Transient faults (a concurrency conflict, a store hiccup) are retried in process; a message
            // the aggregate's state or rules refuse will never succeed, so it goes straight to the _error queue.
            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
            {
                endpoint.UseMessageRetry(r =>
                {
                    r.Intervals(options.RetryIntervals);
                    r.Ignore<InvalidTransitionException>();
                    r.Ignore<AccessDeniedException>();
                    r.Ignore<RejectedMessageException>();
                });
                if (options.RabbitMq.QuorumQueues && endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                {
                    rabbit.SetQuorumQueue();
                }
            });

            if (options.Transport == MessageTransport.RabbitMq)
            {
                bus.UsingRabbitMq((context, cfg) =>
                {
                    var rabbit = options.RabbitMq;
                    cfg.Host(rabbit.Host!, rabbit.Port, rabbit.VirtualHost, h =>
                    {
                        h.Username(rabbit.Username!);
                        h.Password(rabbit.Password!);
                    });
                    if (rabbit.PrefetchCount is { } prefetch)
                    {
                        cfg.PrefetchCount = prefetch;
                    }

                    configureBus?.Invoke(cfg);
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, cfg) =>
                {
                    configureBus?.Invoke(cfg);
                    cfg.ConfigureEndpoints(context);
                });
            }
        });

        return services;
    }

    static void RequireRabbitMqSetting(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"Messaging:RabbitMq:{name} (Messaging__RabbitMq__{name}) is required when Messaging:Transport is RabbitMq.");
        }
    }

    /// <summary>
    /// Registers a consumer on the queue <c>{service}-{message}</c> (e.g. <c>sanitation-case-dispatched</c>
    /// for <c>CaseDispatchedConsumer</c>), so two services never share a queue in either shape.
    /// </summary>
    public static IConsumerRegistrationConfigurator<TConsumer> AddServiceConsumer<TConsumer>(this IBusRegistrationConfigurator bus, string serviceName)
        where TConsumer : class, IConsumer
    {
        var configurator = bus.AddConsumer<TConsumer>();
        configurator.Endpoint(e => e.Name = EndpointName<TConsumer>(serviceName));
        return configurator;
    }

    public static string EndpointName<TConsumer>(string serviceName)
    {
        var name = typeof(TConsumer).Name;
        if (name.EndsWith("Consumer", StringComparison.Ordinal))
        {
            name = name[..^"Consumer".Length];
        }

        return $"{serviceName}-{KebabBoundary().Replace(name, "$1-$2").ToLowerInvariant()}";
    }

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex KebabBoundary();
}
