package nl.samenduurzaam.portal.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A contact person of an organisation. */
@Embeddable
public class Contact {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    @Column(name = "function_title", length = 200)
    private String functionTitle;

    protected Contact() {
    }

    public Contact(String name, String email, String phone, String functionTitle) {
        this.name = Objects.requireNonNull(name);
        this.email = email;
        this.phone = phone;
        this.functionTitle = functionTitle;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getFunctionTitle() {
        return functionTitle;
    }
}
