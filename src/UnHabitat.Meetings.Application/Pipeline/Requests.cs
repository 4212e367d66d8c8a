using MediatR;

namespace UnHabitat.Meetings.Application.Pipeline;

/// <summary>A request that changes state: it runs in a unit of work and leaves an audit entry.</summary>
public interface ICommand<out TResponse> : IRequest<TResponse>;

/// <summary>A request that only reads.</summary>
public interface IQuery<out TResponse> : IRequest<TResponse>;
