print("caremap")
