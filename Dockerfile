# syntax=docker/dockerfile:1
# Java 17 in both stages: the code compiles with --release 17 and CI tests it on a 17 JDK, so the image runs
# the major version the tests ran on rather than one nothing here has tested (21 would be a separate, deliberate move).
# Build stage: compile and package the runnable jar (tests need PostgreSQL and run in CI, not here).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package

# Run stage: a JRE only, as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN groupadd --system orderdesk && useradd --system --gid orderdesk --uid 10001 --no-create-home orderdesk
WORKDIR /app
COPY --from=build /src/bootstrap/target/orderdesk.jar /app/orderdesk.jar
USER orderdesk
ENV PORT=8000
EXPOSE 8000
# Bash's /dev/tcp avoids shipping curl: healthy when readiness (database included) answers 200.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
    CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${PORT} && printf "GET /health/ready HTTP/1.0\r\n\r\n" >&3 && head -1 <&3 | grep -q " 200 "'
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/orderdesk.jar"]
CMD ["serve"]
