# Source me (bash/zsh/sh): `. deploy/local/env.sh`
# Points the Intel services and the test fixtures at the PostgreSQL and
# RabbitMQ that deploy/local/start.sh runs on loopback. With INTEL_TEST_* set
# the test fixtures use these instead of starting containers (Testcontainers).

# Test fixtures: an admin connection able to CREATE DATABASE (one database per
# test class), the broker, and its management API (one vhost per test class).
export INTEL_TEST_POSTGRES='Host=127.0.0.1;Port=5432;Username=intel;Password=intel;Database=postgres'
export INTEL_TEST_RABBITMQ='amqp://intel:intel@127.0.0.1:5672/'
export INTEL_TEST_RABBITMQ_MANAGEMENT='http://intel:intel@127.0.0.1:15672/'

# Services run by hand (`dotnet run --project services/...`).
export ConnectionStrings__postgres='Host=127.0.0.1;Port=5432;Database=intel;Username=intel;Password=intel'
export ConnectionStrings__rabbitmq='amqp://intel:intel@127.0.0.1:5672/'
