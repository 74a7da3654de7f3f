console.log("web build pending")
