using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using MongoDB.Driver;

namespace DigitalCity.ServiceDefaults.Storage;

/// <summary>
/// Registers one service's persistence port with the adapter chosen by <c>Storage:Provider</c>,
/// together with that service's outbox, its dispatcher and readiness checks of its store and its outbox backlog.
/// </summary>
public static class ServiceStorage
{
    public static IServiceCollection AddServiceStorage<TPort>(
        this IServiceCollection services,
        IConfiguration configuration,
        string serviceName,
        Func<IServiceProvider, SqliteDatabase, TPort> sqlite,
        Func<IServiceProvider, MongoServiceDatabase, TPort> mongo,
        IReadOnlyList<string> mongoOutboxCollections)
        where TPort : class
    {
        var options = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        services.AddSingleton(configuration.GetSection(OutboxOptions.Section).Get<OutboxOptions>() ?? new OutboxOptions());
        services.AddKeyedSingleton<OutboxSignal>(serviceName);

        if (options.Provider == StorageProvider.MongoDb)
        {
            if (string.IsNullOrWhiteSpace(options.MongoDb.ConnectionString))
            {
                throw new InvalidOperationException(
                    "Storage:MongoDb:ConnectionString (Storage__MongoDb__ConnectionString) is required when Storage:Provider is MongoDb.");
            }

            MongoConventions.Register();
            services.TryAddSingleton<IMongoClient>(_ => new MongoClient(options.MongoDb.ConnectionString));
            services.AddKeyedSingleton(serviceName, (sp, _) => new MongoServiceDatabase(
                sp.GetRequiredService<IMongoClient>().GetDatabase($"{options.MongoDb.DatabasePrefix}-{serviceName}"),
                sp.GetRequiredKeyedService<OutboxSignal>(serviceName)));
            services.AddSingleton(sp => mongo(sp, sp.GetRequiredKeyedService<MongoServiceDatabase>(serviceName)));
            services.AddKeyedSingleton<IOutboxStore>(serviceName, (sp, _) =>
                new MongoOutboxStore(sp.GetRequiredKeyedService<MongoServiceDatabase>(serviceName).Database, mongoOutboxCollections));
            services.AddHealthChecks().Add(new HealthCheckRegistration(
                $"{serviceName}-store",
                sp => new MongoHealthCheck(sp.GetRequiredKeyedService<MongoServiceDatabase>(serviceName).Database),
                HealthStatus.Unhealthy,
                ["ready"]));
        }
        else
        {
            var path = Path.GetFullPath(Path.Combine(options.Sqlite.DataDirectory, $"{serviceName}.db"));
            services.AddKeyedSingleton(serviceName, (sp, _) => new SqliteDatabase(path, sp.GetRequiredKeyedService<OutboxSignal>(serviceName)));
            services.AddSingleton(sp => sqlite(sp, sp.GetRequiredKeyedService<SqliteDatabase>(serviceName)));
            services.AddKeyedSingleton<IOutboxStore>(serviceName, (sp, _) =>
                new SqliteOutboxStore(sp.GetRequiredKeyedService<SqliteDatabase>(serviceName)));
            services.AddHealthChecks().Add(new HealthCheckRegistration(
                $"{serviceName}-store",
                sp => new SqliteHealthCheck(sp.GetRequiredKeyedService<SqliteDatabase>(serviceName)),
                HealthStatus.Unhealthy,
                ["ready"]));
        }

        services.AddHealthChecks().Add(new HealthCheckRegistration(
            $"{serviceName}-outbox",
            sp => new OutboxHealthCheck(sp.GetRequiredKeyedService<IOutboxStore>(serviceName)),
            HealthStatus.Unhealthy,
            ["ready"]));
        services.AddSingleton<Microsoft.Extensions.Hosting.IHostedService>(sp => new OutboxDispatcher(
            serviceName,
            sp.GetRequiredKeyedService<IOutboxStore>(serviceName),
            sp.GetRequiredKeyedService<OutboxSignal>(serviceName),
            sp.GetRequiredService<IBus>(),
            sp.GetRequiredService<OutboxOptions>(),
            // Infrastructure timing (back-off, leases, polling) runs on the real clock, apart from the domain's
            // TimeProvider, which a test may hold still or move at will.
            TimeProvider.System,
            sp.GetRequiredService<ILogger<OutboxDispatcher>>()));

        return services;
    }

    /// <summary>
    /// Registers another persistence port of a service already set up by <see cref="AddServiceStorage{TPort}"/>,
    /// over the same database, so its writes share that service's transactions and outbox.
    /// </summary>
    public static IServiceCollection AddServiceStore<TPort>(
        this IServiceCollection services,
        IConfiguration configuration,
        string serviceName,
        Func<SqliteDatabase, TPort> sqlite,
        Func<MongoServiceDatabase, TPort> mongo)
        where TPort : class
    {
        var options = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        return options.Provider == StorageProvider.MongoDb
            ? services.AddSingleton(sp => mongo(sp.GetRequiredKeyedService<MongoServiceDatabase>(serviceName)))
            : services.AddSingleton(sp => sqlite(sp.GetRequiredKeyedService<SqliteDatabase>(serviceName)));
    }
}
