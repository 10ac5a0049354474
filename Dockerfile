# syntax=docker/dockerfile:1

# Build: the Maven wrapper pins the Maven version; tests run in CI, not in the image build.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests package \
    && cp target/puskesnet-*.jar /workspace/puskesnet.jar

# Run: a JRE only, as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN groupadd --system puskesnet && useradd --system --gid puskesnet --no-create-home puskesnet
WORKDIR /app
COPY --from=build /workspace/puskesnet.jar /app/puskesnet.jar
USER puskesnet
ENV SPRING_PROFILES_ACTIVE=prod \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/puskesnet.jar"]
