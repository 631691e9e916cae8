package org.chuangcheng;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Chuangcheng (创城): the software a city's campaign office runs its National Civilized City campaign on. */
@SpringBootApplication
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class ChuangchengApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChuangchengApplication.class, args);
    }
}
