# Build: the Maven wrapper inside a JDK image; run: a JRE image as a non-root user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src/ src/
COPY processes/ processes/
COPY forms/ forms/
RUN ./mvnw -B -ntp package -DskipTests && cp target/commissioning-hub-*.jar /src/app.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system hub && useradd --system --gid hub --home-dir /app hub
WORKDIR /app
COPY --from=build /src/app.jar app.jar
USER hub
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
