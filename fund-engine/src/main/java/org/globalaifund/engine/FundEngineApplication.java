package org.globalaifund.engine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Boots the fund engine: portals, API, the embedded Camunda engine and the ledger on one DataSource. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class FundEngineApplication {

    public static void main(String[] args) {
        SpringApplication.run(FundEngineApplication.class, args);
    }
}
