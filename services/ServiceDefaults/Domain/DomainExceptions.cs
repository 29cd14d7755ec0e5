namespace DigitalCity.ServiceDefaults.Domain;

/// <summary>A command that the aggregate's current state does not allow; surfaces as HTTP 409.</summary>
public sealed class InvalidTransitionException(string action, string currentState)
    : Exception($"Cannot {action} while it is {currentState}.")
{
    public string Action { get; } = action;

    public string CurrentState { get; } = currentState;
}

/// <summary>Someone else saved the aggregate after it was loaded; surfaces as HTTP 409.</summary>
public sealed class ConcurrencyConflictException(string aggregate, Guid id, long expectedVersion)
    : Exception($"{aggregate} {id} was changed by someone else (expected version {expectedVersion}).");

/// <summary>A unique key (an idempotency key, a natural key) is already taken.</summary>
public sealed class DuplicateKeyException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The caller may not act on this object; surfaces as HTTP 403.</summary>
public sealed class AccessDeniedException(string message) : Exception(message);

/// <summary>
/// A message from another system that the service's rules refuse (an unknown facility, an absurd value): it will
/// never succeed, so it is not retried and goes to the queue's <c>_error</c> queue with this reason.
/// </summary>
public sealed class RejectedMessageException(string message) : Exception(message);
